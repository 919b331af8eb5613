teSearchFile("terms/62-75",[["bu",[1,1,4],[]]]);
