teSearchFile("terms/70-61-67",[["page",[1,1,46],[]]]);
