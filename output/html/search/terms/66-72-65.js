teSearchFile("terms/66-72-65",[["freedom",[1,1,24],[]]]);
