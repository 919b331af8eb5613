teSearchFile("terms/f-b8e0379e",[["~place:te-korea",[1,1,2],[]]]);
