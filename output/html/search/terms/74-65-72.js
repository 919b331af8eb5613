teSearchFile("terms/74-65-72",[["term",[1,1,44],[]]]);
