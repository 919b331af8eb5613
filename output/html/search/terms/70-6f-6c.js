teSearchFile("terms/70-6f-6c",[["poland",[1,2,2,2],[]],["policy",[1,2,2,24],[]],["polish",[1,2,2,52],[]]]);
