teSearchFile("terms/65-76-65",[["even",[1,2,14,24],[]],["evening",[1,1,40],[]]]);
