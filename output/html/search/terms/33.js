teSearchFile("terms/33",[["3",[1,1,4],[]]]);
