teSearchFile("terms/70-65-72",[["perhaps",[1,1,54],[]],["personally",[1,3,10,24,4],[]]]);
