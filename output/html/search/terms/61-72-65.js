teSearchFile("terms/61-72-65",[["are",[1,4,24,2,26,2],[]]]);
