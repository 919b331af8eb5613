teSearchFile("terms/66-72-69",[["friends",[1,1,12],[]]]);
