teSearchFile("terms/68-65-61",[["header",[1,1,44],[]],["heading",[1,2,46,2],[]],["health",[1,3,10,4,2],[]],["heard",[1,1,30],[]],["heartfelt",[1,1,38],[]]]);
