teSearchFile("terms/30-31-30",[["0104",[1,1,4],[]]]);
