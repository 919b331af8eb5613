teSearchFile("terms/61-6d-65",[["america",[1,2,1,12],[]],["american",[1,2,12,7],[]],["americans",[1,1,19],[]]]);
