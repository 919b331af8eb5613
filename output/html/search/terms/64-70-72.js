teSearchFile("terms/64-70-72",[["dprk",[1,6,1,2,6,1,1,8],[1]]]);
