teSearchFile("terms/63-61-6d",[["cambodia",[1,2,2,34],[]]]);
