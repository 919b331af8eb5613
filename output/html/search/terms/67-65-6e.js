teSearchFile("terms/67-65-6e",[["gen",[1,2,2,16],[]]]);
