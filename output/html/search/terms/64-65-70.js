teSearchFile("terms/64-65-70",[["departure",[1,1,7],[]],["deploying",[1,1,19],[]]]);
