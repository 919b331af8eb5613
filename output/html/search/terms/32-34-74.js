teSearchFile("terms/32-34-74",[["24th",[1,1,50],[]]]);
