teSearchFile("terms/6f-75-72",[["our",[1,1,12],[]],["ours",[1,1,21],[]]]);
