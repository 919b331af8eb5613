teSearchFile("terms/f-07e6eb5a",[["~keyword:te-china-north-korea-relations",[1,1,2],[]]]);
