teSearchFile("terms/63-70-73",[["cpsu",[1,4,2,14,10,24],[]]]);
