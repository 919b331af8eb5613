teSearchFile("terms/6f-70-69",[["opinion",[1,1,26],[]]]);
