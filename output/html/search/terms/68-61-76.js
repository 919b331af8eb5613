teSearchFile("terms/68-61-76",[["have",[1,5,14,8,2,4,6],[]]]);
