teSearchFile("terms/63-6f-6c",[["col",[1,2,4,4],[]]]);
