teSearchFile("terms/63-75-6c",[["cultural",[1,2,2,18],[]]]);
