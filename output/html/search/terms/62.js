teSearchFile("terms/62",[["b",[1,2,2,2],[]]]);
