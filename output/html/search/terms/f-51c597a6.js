teSearchFile("terms/f-51c597a6",[["~place:te-beijing",[1,1,2],[]]]);
