teSearchFile("terms/73-6f-63",[["social",[1,1,6],[]],["socialism",[1,1,12],[]],["socialist",[1,4,1,9,3,14],[]]]);
