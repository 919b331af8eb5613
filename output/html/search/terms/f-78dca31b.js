teSearchFile("terms/f-78dca31b",[["~keyword:te-korean-war",[1,1,2],[]]]);
