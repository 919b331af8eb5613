teSearchFile("terms/4e1c",[["东",[1,1,2],[]]]);
