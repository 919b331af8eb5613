teSearchFile("terms/62-65-6c",[["believes",[1,2,20,18],[]]]);
