teSearchFile("terms/f-2d1fcd9d",[["~keyword:te-soviet-union-north-korea-relations",[1,1,2],[]]]);
