teSearchFile("terms/6f-75-74",[["out",[1,1,54],[]]]);
