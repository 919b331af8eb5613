teSearchFile("terms/68-69-6d",[["him",[1,1,36],[]]]);
