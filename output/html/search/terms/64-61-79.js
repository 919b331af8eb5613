teSearchFile("terms/64-61-79",[["days",[1,1,42],[]]]);
