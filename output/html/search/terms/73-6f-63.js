teSearchFile("terms/73-6f-63",[["social",[1,1,12],[]],["socialism",[1,1,24],[]],["socialist",[1,4,2,18,6,28],[]]]);
