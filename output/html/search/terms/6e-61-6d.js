teSearchFile("terms/6e-61-6d",[["name",[1,1,18],[]]]);
