teSearchFile("terms/69-6e-76",[["invitation",[1,2,16,2],[]],["involvement",[1,1,38],[]]]);
