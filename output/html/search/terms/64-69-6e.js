teSearchFile("terms/64-69-6e",[["dinner",[1,1,40],[]]]);
