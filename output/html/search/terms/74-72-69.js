teSearchFile("terms/74-72-69",[["tried",[1,1,10],[]]]);
