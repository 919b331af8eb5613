teSearchFile("terms/61-74",[["at",[1,5,7,2,3,1,7],[]]]);
