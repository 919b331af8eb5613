teSearchFile("terms/62-65-6c",[["believes",[1,2,10,9],[]]]);
