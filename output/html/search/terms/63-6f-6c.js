teSearchFile("terms/63-6f-6c",[["col",[1,2,2,2],[]]]);
