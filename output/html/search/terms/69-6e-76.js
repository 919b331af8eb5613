teSearchFile("terms/69-6e-76",[["invitation",[1,2,8,1],[]],["involvement",[1,1,19],[]]]);
