teSearchFile("terms/6f-75-72",[["our",[1,1,24],[]],["ours",[1,1,42],[]]]);
