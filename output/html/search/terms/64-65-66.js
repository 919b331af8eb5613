teSearchFile("terms/64-65-66",[["definitely",[1,1,16],[]]]);
