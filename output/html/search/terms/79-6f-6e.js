teSearchFile("terms/79-6f-6e",[["yong",[1,1,2],[]]]);
