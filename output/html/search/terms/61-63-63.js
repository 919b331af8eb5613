teSearchFile("terms/61-63-63",[["accompany",[1,1,8],[]],["account",[1,1,8],[]]]);
