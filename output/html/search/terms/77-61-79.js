teSearchFile("terms/77-61-79",[["way",[1,1,20],[]]]);
