teSearchFile("terms/61-67-72",[["agree",[1,1,13],[]],["agreed",[1,1,15],[]],["agreement",[1,2,15,1],[]]]);
