teSearchFile("terms/73-69-74",[["situation",[1,1,20],[]]]);
