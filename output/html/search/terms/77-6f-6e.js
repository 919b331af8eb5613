teSearchFile("terms/77-6f-6e",[["won",[1,1,24],[]]]);
