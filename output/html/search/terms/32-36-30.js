teSearchFile("terms/32-36-30",[["2602",[1,1,4],[]]]);
