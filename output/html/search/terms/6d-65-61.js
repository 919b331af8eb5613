teSearchFile("terms/6d-65-61",[["measure",[1,1,26],[]]]);
