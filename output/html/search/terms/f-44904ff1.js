teSearchFile("terms/f-44904ff1",[["~place:te-ussr",[1,1,2],[]]]);
