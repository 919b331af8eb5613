teSearchFile("terms/73-61-6d",[["same",[1,2,18,8],[]]]);
