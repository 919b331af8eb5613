teSearchFile("terms/62-6f-6d",[["bomb",[1,1,38],[]]]);
