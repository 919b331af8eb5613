teSearchFile("terms/62-6f-72",[["border",[1,5,1,11,3,1,12],[]],["borders",[1,1,16],[]]]);
