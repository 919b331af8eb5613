teSearchFile("terms/6e-6f-77",[["now",[1,1,38],[]]]);
