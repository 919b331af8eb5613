teSearchFile("terms/6d-61-6b",[["make",[1,1,12],[]],["makes",[1,2,26,1],[]],["making",[1,1,9],[]]]);
