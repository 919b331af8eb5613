teSearchFile("terms/35-36",[["56",[1,1,52],[]]]);
