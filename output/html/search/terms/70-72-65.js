teSearchFile("terms/70-72-65",[["present",[1,1,8],[]],["presents",[1,1,20],[]]]);
