teSearchFile("terms/61-75-67",[["august",[1,1,18],[]]]);
