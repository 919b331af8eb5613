teSearchFile("terms/32-35-74",[["25th",[1,3,16,2,32],[]]]);
