teSearchFile("terms/73-75-63",[["such",[1,2,16,38],[]]]);
