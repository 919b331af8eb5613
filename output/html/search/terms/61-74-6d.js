teSearchFile("terms/61-74-6d",[["atmosphere",[1,1,10],[]]]);
