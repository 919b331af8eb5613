teSearchFile("terms/73-6f-6d",[["some",[1,1,12],[]],["sometimes",[1,1,12],[]]]);
