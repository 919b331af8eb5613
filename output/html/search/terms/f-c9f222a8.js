teSearchFile("terms/f-c9f222a8",[["~place:te-poland",[1,1,2],[]]]);
