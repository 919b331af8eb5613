teSearchFile("terms/6c-61-79",[["lay",[1,1,14],[]]]);
