teSearchFile("terms/43a-43e-441",[["косыгин",[1,1,2],[]]]);
