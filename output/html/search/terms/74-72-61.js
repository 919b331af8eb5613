teSearchFile("terms/74-72-61",[["transcribed",[1,1,23],[]],["translation",[1,5,21,1,1,3,1],[]],["translator",[1,1,25],[]],["transport",[1,2,12,4],[]]]);
