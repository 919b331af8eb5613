teSearchFile("terms/43c-43e-441",[["москва",[1,1,2],[]]]);
