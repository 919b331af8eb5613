teSearchFile("terms/61-70-72",[["april",[1,2,36,14],[]]]);
