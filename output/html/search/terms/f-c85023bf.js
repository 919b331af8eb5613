teSearchFile("terms/f-c85023bf",[["~place:te-united-states-of-america",[1,1,2],[]]]);
