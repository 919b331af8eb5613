teSearchFile("terms/70-61-6d",[["pamieci",[1,1,2],[]]]);
