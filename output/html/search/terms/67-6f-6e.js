teSearchFile("terms/67-6f-6e",[["gon",[1,1,2],[]]]);
