teSearchFile("terms/63-70-73",[["cpsu",[1,4,1,7,5,12],[]]]);
