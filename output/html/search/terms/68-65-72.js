teSearchFile("terms/68-65-72",[["here",[1,3,20,6,28],[]]]);
