teSearchFile("terms/77-65-72",[["were",[1,3,12,3,4],[]]]);
