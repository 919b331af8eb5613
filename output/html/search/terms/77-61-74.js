teSearchFile("terms/77-61-74",[["water",[1,3,24,6,2],[]],["waters",[1,2,32,24],[]]]);
