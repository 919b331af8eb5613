teSearchFile("terms/65-66-66",[["efforts",[1,2,24,6],[]]]);
