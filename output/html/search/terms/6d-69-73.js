teSearchFile("terms/6d-69-73",[["missing",[1,1,46],[]]]);
