teSearchFile("terms/32-35-74",[["25th",[1,3,8,1,16],[]]]);
