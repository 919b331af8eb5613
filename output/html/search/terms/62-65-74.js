teSearchFile("terms/62-65-74",[["better",[1,1,17],[]],["between",[1,2,6,20],[]]]);
