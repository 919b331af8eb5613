teSearchFile("terms/6a-65-6e",[["jen",[1,2,2,16],[]]]);
