teSearchFile("terms/6a-6f-69",[["joining",[1,1,8],[]],["joint",[1,2,12,3],[]]]);
