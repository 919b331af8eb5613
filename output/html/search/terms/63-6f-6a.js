teSearchFile("terms/63-6f-6a",[["coj",[1,2,2,16],[]]]);
