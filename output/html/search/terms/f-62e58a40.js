teSearchFile("terms/f-62e58a40",[["~org:te-united-states-air-force",[1,1,2],[]]]);
