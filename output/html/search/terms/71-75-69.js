teSearchFile("terms/71-75-69",[["quite",[1,2,20,18],[]]]);
