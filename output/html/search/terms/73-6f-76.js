teSearchFile("terms/73-6f-76",[["soviet",[1,4,1,2,1,18],[1]]]);
