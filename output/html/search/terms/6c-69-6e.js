teSearchFile("terms/6c-69-6e",[["line",[1,3,2,22,14],[]]]);
