teSearchFile("terms/76-65-72",[["very",[1,4,10,14,2,4],[]]]);
