teSearchFile("terms/5fd7",[["志",[1,1,2],[]]]);
