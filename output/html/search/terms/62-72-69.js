teSearchFile("terms/62-72-69",[["brief",[1,2,14,16],[]]]);
