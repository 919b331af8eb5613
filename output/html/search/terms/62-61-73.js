teSearchFile("terms/62-61-73",[["basis",[1,1,8],[]]]);
