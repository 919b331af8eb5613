teSearchFile("terms/70-61-73",[["passage",[1,1,56],[]]]);
