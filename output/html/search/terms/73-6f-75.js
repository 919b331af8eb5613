teSearchFile("terms/73-6f-75",[["south",[1,1,2],[]],["southern",[1,1,38],[]]]);
