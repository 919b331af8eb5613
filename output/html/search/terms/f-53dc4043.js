teSearchFile("terms/f-53dc4043",[["~org:te-chinese-peoples-volunteers",[1,1,2],[]]]);
