teSearchFile("terms/62-75-74",[["but",[1,7,7,1,2,1,1,2,5],[]]]);
