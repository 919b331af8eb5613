teSearchFile("terms/6d-6f-76",[["moved",[1,1,18],[]],["movement",[1,3,10,2,1],[]],["moves",[1,1,10],[]]]);
