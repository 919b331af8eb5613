teSearchFile("terms/74-72-61",[["transcribed",[1,1,46],[]],["translation",[1,5,42,2,2,6,2],[]],["translator",[1,1,50],[]],["transport",[1,2,24,8],[]]]);
