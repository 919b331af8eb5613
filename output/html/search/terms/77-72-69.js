teSearchFile("terms/77-72-69",[["written",[1,1,42],[]]]);
