teSearchFile("terms/65-6d-62",[["embassy",[1,3,1,1,2],[]]]);
