teSearchFile("terms/6e-75-6d",[["number",[1,2,28,22],[]]]);
