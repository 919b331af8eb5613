teSearchFile("terms/72-65-6c",[["related",[1,1,16],[]],["relations",[1,3,1,11,5],[]]]);
