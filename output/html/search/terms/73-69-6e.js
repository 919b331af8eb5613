teSearchFile("terms/73-69-6e",[["sino",[1,1,2],[]]]);
