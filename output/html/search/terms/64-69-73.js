teSearchFile("terms/64-69-73",[["disagrees",[1,1,14],[]],["discussed",[1,1,1],[]]]);
