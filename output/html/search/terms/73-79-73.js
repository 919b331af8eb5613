teSearchFile("terms/73-79-73",[["system",[1,2,26,28],[]]]);
