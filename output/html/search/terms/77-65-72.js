teSearchFile("terms/77-65-72",[["were",[1,3,24,6,8],[]]]);
