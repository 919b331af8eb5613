teSearchFile("terms/6d-61-6b",[["make",[1,1,24],[]],["makes",[1,2,52,2],[]],["making",[1,1,18],[]]]);
