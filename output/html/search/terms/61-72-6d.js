teSearchFile("terms/61-72-6d",[["armed",[1,1,44],[]],["army",[1,2,2,36],[]]]);
