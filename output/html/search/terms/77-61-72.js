teSearchFile("terms/77-61-72",[["war",[1,3,1,5,13],[]],["warsaw",[1,1,1],[]],["warszawa",[1,1,1],[]]]);
