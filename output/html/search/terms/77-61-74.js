teSearchFile("terms/77-61-74",[["water",[1,3,12,3,1],[]],["waters",[1,2,16,12],[]]]);
