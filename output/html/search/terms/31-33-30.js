teSearchFile("terms/31-33-30",[["1300",[1,1,24],[]]]);
