teSearchFile("terms/73-6f-75",[["south",[1,1,1],[]],["southern",[1,1,19],[]]]);
