teSearchFile("terms/64-61-74",[["date",[1,1,42],[]]]);
