teSearchFile("terms/63-61-6e",[["cannot",[1,2,26,20],[]]]);
