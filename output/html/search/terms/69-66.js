teSearchFile("terms/69-66",[["if",[1,3,12,4,22],[]]]);
