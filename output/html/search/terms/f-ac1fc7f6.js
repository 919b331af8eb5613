teSearchFile("terms/f-ac1fc7f6",[["~org:te-korean-peoples-army",[1,1,2],[]]]);
