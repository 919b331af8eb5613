teSearchFile("terms/62-65-67",[["beginning",[1,1,14],[]],["begins",[1,1,46],[]]]);
