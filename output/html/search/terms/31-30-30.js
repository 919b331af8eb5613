teSearchFile("terms/31-30-30",[["100th",[1,1,14],[]]]);
