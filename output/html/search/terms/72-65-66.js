teSearchFile("terms/72-65-66",[["refused",[1,1,38],[]]]);
