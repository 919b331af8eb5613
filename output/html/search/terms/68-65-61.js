teSearchFile("terms/68-65-61",[["header",[1,1,22],[]],["heading",[1,2,23,1],[]],["health",[1,3,5,2,1],[]],["heard",[1,1,15],[]],["heartfelt",[1,1,19],[]]]);
