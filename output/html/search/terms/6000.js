teSearchFile("terms/6000",[["怀",[1,1,2],[]]]);
