teSearchFile("terms/66-69-72",[["first",[1,2,10,36],[]]]);
