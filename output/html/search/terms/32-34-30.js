teSearchFile("terms/32-34-30",[["240",[1,1,24],[]]]);
