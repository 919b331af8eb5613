teSearchFile("terms/70-6f-77",[["power",[1,1,30],[]]]);
