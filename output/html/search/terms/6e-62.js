teSearchFile("terms/6e-62",[["nb",[1,1,24],[]]]);
