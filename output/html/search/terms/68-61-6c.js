teSearchFile("terms/68-61-6c",[["half",[1,1,38],[]]]);
