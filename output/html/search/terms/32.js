teSearchFile("terms/32",[["2",[1,1,4],[]]]);
