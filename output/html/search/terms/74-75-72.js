teSearchFile("terms/74-75-72",[["turned",[1,1,38],[]]]);
