teSearchFile("terms/64-65-76",[["development",[1,1,24],[]]]);
