teSearchFile("terms/5fb7",[["德",[1,1,2],[]]]);
