teSearchFile("terms/68-69-67",[["highest",[1,1,44],[]]]);
