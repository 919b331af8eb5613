teSearchFile("terms/66-69-6e",[["find",[1,1,28],[]]]);
