teSearchFile("terms/65-78-61",[["example",[1,1,30],[]]]);
