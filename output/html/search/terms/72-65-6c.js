teSearchFile("terms/72-65-6c",[["related",[1,1,32],[]],["relations",[1,3,2,22,10],[]]]);
