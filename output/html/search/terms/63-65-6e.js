teSearchFile("terms/63-65-6e",[["centenary",[1,1,2],[]],["center",[1,2,2,44],[]]]);
