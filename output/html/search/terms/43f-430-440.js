teSearchFile("terms/43f-430-440",[["партия",[1,1,2],[]]]);
