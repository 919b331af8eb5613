teSearchFile("terms/6d-61-6e",[["many",[1,2,14,16],[]]]);
