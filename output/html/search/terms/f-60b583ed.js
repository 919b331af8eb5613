teSearchFile("terms/f-60b583ed",[["~person:te-mao-zedong",[1,1,2],[]]]);
