teSearchFile("terms/70-6f-6c",[["poland",[1,2,1,1],[]],["policy",[1,2,1,12],[]],["polish",[1,2,1,26],[]]]);
