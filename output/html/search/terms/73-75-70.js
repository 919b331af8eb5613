teSearchFile("terms/73-75-70",[["supplied",[1,1,46],[]]]);
