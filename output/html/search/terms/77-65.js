teSearchFile("terms/77-65",[["we",[1,2,12,1],[]]]);
