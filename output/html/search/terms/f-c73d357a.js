teSearchFile("terms/f-c73d357a",[["~place:te-south-korea",[1,1,2],[]]]);
