teSearchFile("terms/64-69-66",[["difficult",[1,1,15],[]],["difficulties",[1,1,12],[]]]);
