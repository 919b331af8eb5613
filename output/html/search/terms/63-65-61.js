teSearchFile("terms/63-65-61",[["ceased",[1,1,24],[]]]);
