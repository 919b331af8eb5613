teSearchFile("terms/65-76-69",[["evident",[1,1,56],[]]]);
