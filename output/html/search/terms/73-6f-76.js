teSearchFile("terms/73-6f-76",[["soviet",[1,4,2,4,2,36],[1]]]);
