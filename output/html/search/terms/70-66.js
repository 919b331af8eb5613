teSearchFile("terms/70-66",[["pf",[1,1,4],[]]]);
