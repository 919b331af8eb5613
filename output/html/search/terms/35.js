teSearchFile("terms/35",[["5",[1,2,10,16],[]]]);
