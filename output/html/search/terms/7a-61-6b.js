teSearchFile("terms/7a-61-6b",[["zakharov",[1,4,1,2,5,12],[1]]]);
