teSearchFile("terms/64-75-72",[["during",[1,4,2,4,12,6],[1]]]);
