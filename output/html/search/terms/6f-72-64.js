teSearchFile("terms/6f-72-64",[["order",[1,2,20,32],[]],["ordered",[1,1,38],[]]]);
