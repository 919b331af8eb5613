teSearchFile("terms/63-65-6e",[["centenary",[1,1,1],[]],["center",[1,2,1,22],[]]]);
