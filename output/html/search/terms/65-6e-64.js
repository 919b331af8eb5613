teSearchFile("terms/65-6e-64",[["end",[1,1,40],[]]]);
