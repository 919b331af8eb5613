teSearchFile("terms/77-61-72",[["war",[1,3,2,10,26],[]],["warsaw",[1,1,2],[]],["warszawa",[1,1,2],[]]]);
