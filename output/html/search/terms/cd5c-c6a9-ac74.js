teSearchFile("terms/cd5c-c6a9-ac74",[["최용건",[1,1,2],[]]]);
