teSearchFile("terms/69",[["i",[1,3,8,16,6],[]]]);
