teSearchFile("terms/6d-69-67",[["might",[1,2,22,16],[]]]);
