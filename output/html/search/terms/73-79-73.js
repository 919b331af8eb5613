teSearchFile("terms/73-79-73",[["system",[1,2,13,14],[]]]);
