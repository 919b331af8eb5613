teSearchFile("terms/62-65-6e",[["beneficial",[1,2,20,2],[]]]);
