teSearchFile("terms/66-65-61",[["fearing",[1,1,38],[]]]);
