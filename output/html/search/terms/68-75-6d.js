teSearchFile("terms/68-75-6d",[["humor",[1,1,10],[]]]);
