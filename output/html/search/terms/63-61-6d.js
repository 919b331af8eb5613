teSearchFile("terms/63-61-6d",[["cambodia",[1,2,1,17],[]]]);
