teSearchFile("terms/6069",[["恩",[1,1,2],[]]]);
