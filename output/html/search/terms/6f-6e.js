teSearchFile("terms/6f-6e",[["on",[1,10,1,3,5,1,2,3,1,2,1,4],[]]]);
