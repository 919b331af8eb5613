teSearchFile("terms/f-67aea382",[["~place:te-china-dprk-border",[1,1,2],[]]]);
