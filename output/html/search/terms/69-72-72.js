teSearchFile("terms/69-72-72",[["irrigation",[1,2,32,24],[]]]);
