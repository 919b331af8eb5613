teSearchFile("terms/f-16a214c6",[["~keyword:te-polish-north-korean-relations",[1,1,2],[]]]);
