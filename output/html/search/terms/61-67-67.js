teSearchFile("terms/61-67-67",[["aggressively",[1,1,26],[]]]);
