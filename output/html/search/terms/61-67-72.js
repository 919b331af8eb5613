teSearchFile("terms/61-67-72",[["agree",[1,1,26],[]],["agreed",[1,1,30],[]],["agreement",[1,2,30,2],[]]]);
