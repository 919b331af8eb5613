teSearchFile("terms/6f-72-64",[["order",[1,2,10,16],[]],["ordered",[1,1,19],[]]]);
