teSearchFile("terms/f-410cd642",[["~keyword:te-lenin-centenary-1970",[1,1,2],[]]]);
