teSearchFile("terms/65-6d-62",[["embassy",[1,3,2,2,4],[]]]);
