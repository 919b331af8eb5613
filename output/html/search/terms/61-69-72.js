teSearchFile("terms/61-69-72",[["air",[1,2,2,36],[]]]);
