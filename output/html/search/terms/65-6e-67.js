teSearchFile("terms/65-6e-67",[["english",[1,1,44],[]]]);
