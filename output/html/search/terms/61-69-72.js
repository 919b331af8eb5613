teSearchFile("terms/61-69-72",[["air",[1,2,1,18],[]]]);
