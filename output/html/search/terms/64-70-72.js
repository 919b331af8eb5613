teSearchFile("terms/64-70-72",[["dprk",[1,6,2,4,12,2,2,16],[1]]]);
