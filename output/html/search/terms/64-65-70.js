teSearchFile("terms/64-65-70",[["departure",[1,1,14],[]],["deploying",[1,1,38],[]]]);
