teSearchFile("terms/6e-6f-74",[["not",[1,5,7,1,1,4,1],[]],["note",[1,1,24],[]],["nothing",[1,1,23],[]]]);
