teSearchFile("terms/6f-72-69",[["original",[1,1,46],[]]]);
