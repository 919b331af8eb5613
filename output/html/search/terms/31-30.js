teSearchFile("terms/31-30",[["10",[1,3,1,1,19],[]]]);
