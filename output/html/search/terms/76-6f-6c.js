teSearchFile("terms/76-6f-6c",[["volunteers",[1,2,2,36],[]]]);
