teSearchFile("terms/6cfd",[["泽",[1,1,2],[]]]);
