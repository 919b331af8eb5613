teSearchFile("terms/75-6e-70",[["unpleasant",[1,1,24],[]]]);
