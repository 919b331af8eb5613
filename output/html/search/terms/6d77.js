teSearchFile("terms/6d77",[["海",[1,1,2],[]]]);
