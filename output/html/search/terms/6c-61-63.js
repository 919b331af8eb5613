teSearchFile("terms/6c-61-63",[["lacks",[1,1,46],[]]]);
