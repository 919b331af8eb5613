teSearchFile("terms/6f-6e-6c",[["only",[1,2,8,34],[]]]);
