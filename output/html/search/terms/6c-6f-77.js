teSearchFile("terms/6c-6f-77",[["low",[1,1,54],[]]]);
