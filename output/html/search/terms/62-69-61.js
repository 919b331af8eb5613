teSearchFile("terms/62-69-61",[["białek",[1,2,2,2],[]]]);
