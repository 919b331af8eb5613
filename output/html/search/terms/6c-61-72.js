teSearchFile("terms/6c-61-72",[["large",[1,1,24],[]]]);
