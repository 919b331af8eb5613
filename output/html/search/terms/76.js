teSearchFile("terms/76",[["v",[1,1,14],[]]]);
