teSearchFile("terms/6c-6f-6e",[["long",[1,2,12,12],[]]]);
