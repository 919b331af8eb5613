teSearchFile("terms/33-33",[["33",[1,1,4],[]]]);
