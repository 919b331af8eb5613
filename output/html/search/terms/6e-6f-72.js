teSearchFile("terms/6e-6f-72",[["north",[1,1,2],[]]]);
