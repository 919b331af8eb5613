teSearchFile("terms/68-69-73",[["his",[1,5,2,6,10,10,10],[]],["history",[1,1,2],[]]]);
