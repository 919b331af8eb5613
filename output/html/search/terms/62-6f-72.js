teSearchFile("terms/62-6f-72",[["border",[1,5,2,22,6,2,24],[]],["borders",[1,1,32],[]]]);
