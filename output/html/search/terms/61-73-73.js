teSearchFile("terms/61-73-73",[["assuming",[1,1,52],[]]]);
