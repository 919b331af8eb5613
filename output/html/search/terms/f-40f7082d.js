teSearchFile("terms/f-40f7082d",[["~place:te-shanghai",[1,1,2],[]]]);
