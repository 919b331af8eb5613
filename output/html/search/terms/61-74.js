teSearchFile("terms/61-74",[["at",[1,5,14,4,6,2,14],[]]]);
