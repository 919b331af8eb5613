teSearchFile("terms/6e-65-63",[["necessary",[1,2,28,26],[]]]);
