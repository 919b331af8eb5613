teSearchFile("terms/61-6e-74",[["anti",[1,1,24],[]]]);
