teSearchFile("terms/4e2d",[["中",[1,1,2],[]]]);
