teSearchFile("terms/6d-61-79",[["may",[1,1,50],[]]]);
