teSearchFile("terms/61-6d-65",[["america",[1,2,2,24],[]],["american",[1,2,24,14],[]],["americans",[1,1,38],[]]]);
