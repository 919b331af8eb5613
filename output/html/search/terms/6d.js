teSearchFile("terms/6d",[["m",[1,2,2,2],[]]]);
