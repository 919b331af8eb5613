teSearchFile("terms/31-35",[["15",[1,1,18],[]]]);
