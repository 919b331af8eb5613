teSearchFile("terms/35",[["5",[1,2,20,32],[]]]);
