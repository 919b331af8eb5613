teSearchFile("terms/73-61-69",[["said",[1,5,7,1,3,7,1],[]]]);
