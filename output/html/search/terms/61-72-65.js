teSearchFile("terms/61-72-65",[["are",[1,4,12,1,13,1],[]]]);
