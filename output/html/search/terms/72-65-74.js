teSearchFile("terms/72-65-74",[["return",[1,1,52],[]]]);
