teSearchFile("terms/72-65-76",[["revolution",[1,2,2,18],[]],["revolutionary",[1,1,24],[]]]);
