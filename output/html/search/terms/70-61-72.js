teSearchFile("terms/70-61-72",[["paragraph",[1,1,25],[]],["parallel",[1,1,1],[]],["part",[1,2,7,4],[]],["parts",[1,1,13],[]],["party",[1,1,1],[]]]);
