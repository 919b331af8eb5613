teSearchFile("terms/62-65-67",[["beginning",[1,1,7],[]],["begins",[1,1,23],[]]]);
