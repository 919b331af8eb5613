teSearchFile("terms/64-75-72",[["during",[1,4,1,2,6,3],[1]]]);
