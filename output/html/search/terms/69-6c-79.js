teSearchFile("terms/69-6c-79",[["ilyich",[1,1,2],[]]]);
