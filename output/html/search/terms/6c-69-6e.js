teSearchFile("terms/6c-69-6e",[["line",[1,3,1,11,7],[]]]);
