teSearchFile("terms/66-61-72",[["far",[1,2,12,3],[]]]);
