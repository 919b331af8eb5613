teSearchFile("terms/31-30",[["10",[1,3,2,2,38],[]]]);
