teSearchFile("terms/6e-65-78",[["next",[1,1,50],[]]]);
