teSearchFile("terms/65-78-70",[["experience",[1,1,10],[]],["explanation",[1,1,7],[]],["expressed",[1,3,14,3,2],[]]]);
