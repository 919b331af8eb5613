teSearchFile("terms/79-6f-75",[["you",[1,2,24,2],[]]]);
