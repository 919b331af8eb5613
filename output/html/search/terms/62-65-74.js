teSearchFile("terms/62-65-74",[["better",[1,1,34],[]],["between",[1,2,12,40],[]]]);
