teSearchFile("terms/75-73-73",[["ussr",[1,5,2,16,8,8,4],[]]]);
