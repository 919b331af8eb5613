teSearchFile("terms/74-68-69",[["things",[1,1,20],[]],["this",[1,5,8,8,6,2,6],[]]]);
