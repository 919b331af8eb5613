teSearchFile("terms/61-66-66",[["affairs",[1,1,24],[]]]);
