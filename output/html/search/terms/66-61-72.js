teSearchFile("terms/66-61-72",[["far",[1,2,24,6],[]]]);
