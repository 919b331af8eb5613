teSearchFile("terms/64-61-73",[["dash",[1,1,52],[]]]);
