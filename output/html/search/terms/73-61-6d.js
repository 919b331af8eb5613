teSearchFile("terms/73-61-6d",[["same",[1,2,9,4],[]]]);
