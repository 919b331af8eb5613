teSearchFile("terms/65-78-70",[["experience",[1,1,20],[]],["explanation",[1,1,14],[]],["expressed",[1,3,28,6,4],[]]]);
