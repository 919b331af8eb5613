teSearchFile("terms/4ea7",[["产",[1,1,2],[]]]);
