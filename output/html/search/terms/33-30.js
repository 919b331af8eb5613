teSearchFile("terms/33-30",[["30",[1,1,50],[]]]);
