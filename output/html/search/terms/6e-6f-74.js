teSearchFile("terms/6e-6f-74",[["not",[1,5,14,2,2,8,2],[]],["note",[1,1,48],[]],["nothing",[1,1,46],[]]]);
