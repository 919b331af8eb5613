teSearchFile("terms/73-61-69",[["said",[1,5,14,2,6,14,2],[]]]);
