teSearchFile("terms/6c-65-61",[["leadership",[1,3,16,2,10],[]],["leaves",[1,1,54],[]]]);
