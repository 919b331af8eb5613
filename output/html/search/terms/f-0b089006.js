teSearchFile("terms/f-0b089006",[["~keyword:te-cambodia",[1,1,2],[]]]);
