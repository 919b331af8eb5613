teSearchFile("terms/63-61-70",[["captured",[1,1,46],[]]]);
