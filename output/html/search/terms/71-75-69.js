teSearchFile("terms/71-75-69",[["quite",[1,2,10,9],[]]]);
