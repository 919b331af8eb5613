teSearchFile("terms/75-73-65",[["use",[1,4,24,6,2,24],[]]]);
