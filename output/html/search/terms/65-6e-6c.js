teSearchFile("terms/65-6e-6c",[["enlai",[1,3,1,6,3],[]]]);
