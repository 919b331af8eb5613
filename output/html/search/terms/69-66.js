teSearchFile("terms/69-66",[["if",[1,3,6,2,11],[]]]);
