teSearchFile("terms/69-69",[["ii",[1,1,12],[]]]);
