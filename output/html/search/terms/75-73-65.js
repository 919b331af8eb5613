teSearchFile("terms/75-73-65",[["use",[1,4,12,3,1,12],[]]]);
