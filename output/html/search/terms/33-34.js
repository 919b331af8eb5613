teSearchFile("terms/33-34",[["34",[1,1,4],[]]]);
