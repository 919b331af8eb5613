teSearchFile("terms/6c-6f-73",[["lost",[1,1,52],[]]]);
