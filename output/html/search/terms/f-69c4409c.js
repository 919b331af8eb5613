teSearchFile("terms/f-69c4409c",[["~person:te-vladimir-ilyich-lenin",[1,1,2],[]]]);
