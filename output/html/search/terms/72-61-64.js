teSearchFile("terms/72-61-64",[["radio",[1,1,38],[]]]);
