teSearchFile("terms/75-73-73",[["ussr",[1,5,1,8,4,4,2],[]]]);
