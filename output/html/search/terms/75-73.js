teSearchFile("terms/75-73",[["us",[1,2,2,36],[]]]);
