teSearchFile("terms/64-69-66",[["difficult",[1,1,30],[]],["difficulties",[1,1,24],[]]]);
