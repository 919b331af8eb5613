teSearchFile("terms/73-75-63",[["such",[1,2,8,19],[]]]);
