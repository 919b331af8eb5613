teSearchFile("terms/74-68-69",[["things",[1,1,10],[]],["this",[1,5,4,4,3,1,3],[]]]);
