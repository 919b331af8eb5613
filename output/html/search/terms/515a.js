teSearchFile("terms/515a",[["党",[1,1,2],[]]]);
