teSearchFile("terms/69-6e-69",[["initiate",[1,1,22],[]]]);
