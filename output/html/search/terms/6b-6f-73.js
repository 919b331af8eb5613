teSearchFile("terms/6b-6f-73",[["kosygin",[1,2,2,16],[]]]);
