teSearchFile("terms/6f-6e",[["on",[1,10,2,6,10,2,4,6,2,4,2,8],[]]]);
