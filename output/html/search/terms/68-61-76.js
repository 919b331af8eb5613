teSearchFile("terms/68-61-76",[["have",[1,5,7,4,1,2,3],[]]]);
