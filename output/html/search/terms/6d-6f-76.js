teSearchFile("terms/6d-6f-76",[["moved",[1,1,36],[]],["movement",[1,3,20,4,2],[]],["moves",[1,1,20],[]]]);
