teSearchFile("terms/37-30",[["70",[1,1,4],[]]]);
