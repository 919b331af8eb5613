teSearchFile("terms/6bdb",[["毛",[1,1,2],[]]]);
