teSearchFile("terms/76-65-72",[["very",[1,4,5,7,1,2],[]]]);
