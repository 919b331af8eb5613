teSearchFile("terms/73-6f-6d",[["some",[1,1,24],[]],["sometimes",[1,1,24],[]]]);
