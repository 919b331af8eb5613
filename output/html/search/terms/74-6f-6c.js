teSearchFile("terms/74-6f-6c",[["told",[1,1,46],[]]]);
