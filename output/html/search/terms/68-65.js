teSearchFile("terms/68-65",[["he",[1,8,5,2,2,1,1,3,4,1],[]]]);
