teSearchFile("terms/64-6f-65",[["does",[1,2,28,14],[]]]);
