teSearchFile("terms/77-65-6c",[["well",[1,3,10,14,8],[]]]);
