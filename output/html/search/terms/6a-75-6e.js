teSearchFile("terms/6a-75-6e",[["june",[1,3,2,2,38],[]]]);
