teSearchFile("terms/68-61-64",[["had",[1,2,24,14],[]]]);
