teSearchFile("terms/79-65-61",[["years",[1,2,20,32],[]]]);
