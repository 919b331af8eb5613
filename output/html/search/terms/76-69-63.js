teSearchFile("terms/76-69-63",[["viciously",[1,1,26],[]]]);
