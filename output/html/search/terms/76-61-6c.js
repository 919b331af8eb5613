teSearchFile("terms/76-61-6c",[["valuable",[1,1,30],[]]]);
