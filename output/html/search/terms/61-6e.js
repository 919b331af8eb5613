teSearchFile("terms/61-6e",[["an",[1,2,16,2],[]]]);
