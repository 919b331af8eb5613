teSearchFile("terms/4eba",[["人",[1,1,2],[]]]);
