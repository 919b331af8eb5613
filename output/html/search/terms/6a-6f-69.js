teSearchFile("terms/6a-6f-69",[["joining",[1,1,16],[]],["joint",[1,2,24,6],[]]]);
