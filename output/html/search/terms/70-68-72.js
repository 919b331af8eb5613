teSearchFile("terms/70-68-72",[["phrase",[1,1,54],[]]]);
