teSearchFile("terms/69",[["i",[1,3,4,8,3],[]]]);
