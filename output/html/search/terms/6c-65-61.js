teSearchFile("terms/6c-65-61",[["leadership",[1,3,8,1,5],[]],["leaves",[1,1,27],[]]]);
