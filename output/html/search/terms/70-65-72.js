teSearchFile("terms/70-65-72",[["perhaps",[1,1,27],[]],["personally",[1,3,5,12,2],[]]]);
