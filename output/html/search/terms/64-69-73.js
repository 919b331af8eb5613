teSearchFile("terms/64-69-73",[["disagrees",[1,1,28],[]],["discussed",[1,1,2],[]]]);
