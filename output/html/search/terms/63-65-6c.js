teSearchFile("terms/63-65-6c",[["celebrations",[1,1,14],[]]]);
