teSearchFile("terms/62-72-65",[["brezhnev",[1,2,2,16],[]]]);
