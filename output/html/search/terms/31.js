teSearchFile("terms/31",[["1",[1,1,4],[]]]);
