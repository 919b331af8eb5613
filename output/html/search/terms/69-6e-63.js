teSearchFile("terms/69-6e-63",[["incidents",[1,1,24],[]]]);
