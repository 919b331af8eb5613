teSearchFile("terms/63-61-72",[["care",[1,1,20],[]]]);
