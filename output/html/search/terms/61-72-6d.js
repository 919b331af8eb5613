teSearchFile("terms/61-72-6d",[["armed",[1,1,22],[]],["army",[1,2,1,18],[]]]);
