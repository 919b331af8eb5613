teSearchFile("terms/66-75-6c",[["full",[1,1,10],[]]]);
