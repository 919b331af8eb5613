teSearchFile("terms/72-65-76",[["revolution",[1,2,1,9],[]],["revolutionary",[1,1,12],[]]]);
