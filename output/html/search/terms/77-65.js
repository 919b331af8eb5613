teSearchFile("terms/77-65",[["we",[1,2,24,2],[]]]);
