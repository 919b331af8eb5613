teSearchFile("terms/66-75-72",[["further",[1,1,24],[]]]);
