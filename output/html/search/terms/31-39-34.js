teSearchFile("terms/31-39-34",[["1945",[1,1,38],[]]]);
