teSearchFile("terms/f-bdeab5ef",[["~place:te-warsaw",[1,1,2],[]]]);
