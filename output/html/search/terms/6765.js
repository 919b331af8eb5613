teSearchFile("terms/6765",[["来",[1,1,2],[]]]);
