teSearchFile("terms/6d-61-69",[["maintain",[1,1,12],[]],["maintaining",[1,2,13,14],[]]]);
