teSearchFile("terms/6d-61-69",[["maintain",[1,1,24],[]],["maintaining",[1,2,26,28],[]]]);
