teSearchFile("terms/6f-77-6e",[["own",[1,2,24,6],[]]]);
