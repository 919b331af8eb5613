teSearchFile("terms/f-f1c2b4c7",[["~place:te-china",[1,1,2],[]]]);
