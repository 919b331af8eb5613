teSearchFile("terms/68-69-73",[["his",[1,5,1,3,5,5,5],[]],["history",[1,1,1],[]]]);
