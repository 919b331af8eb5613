teSearchFile("terms/70-61-72",[["paragraph",[1,1,50],[]],["parallel",[1,1,2],[]],["part",[1,2,14,8],[]],["parts",[1,1,26],[]],["party",[1,1,2],[]]]);
