teSearchFile("terms/6e-61-72",[["narodowej",[1,1,2],[]]]);
