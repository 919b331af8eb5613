teSearchFile("terms/65-6e-65",[["enemies",[1,1,24],[]],["energy",[1,1,30],[]]]);
