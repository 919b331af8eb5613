teSearchFile("terms/73-69-6d",[["similar",[1,1,24],[]]]);
