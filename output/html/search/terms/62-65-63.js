teSearchFile("terms/62-65-63",[["because",[1,1,16],[]]]);
