teSearchFile("terms/73-68-61",[["shanghai",[1,2,2,36],[]]]);
