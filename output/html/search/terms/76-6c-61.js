teSearchFile("terms/76-6c-61",[["vladimir",[1,1,2],[]]]);
