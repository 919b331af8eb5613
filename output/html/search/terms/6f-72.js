teSearchFile("terms/6f-72",[["or",[1,4,21,2,2,2],[]]]);
