teSearchFile("terms/32-36",[["26",[1,1,4],[]]]);
