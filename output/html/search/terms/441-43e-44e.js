teSearchFile("terms/441-43e-44e",[["союза",[1,1,2],[]]]);
