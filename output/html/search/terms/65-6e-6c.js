teSearchFile("terms/65-6e-6c",[["enlai",[1,3,2,12,6],[]]]);
