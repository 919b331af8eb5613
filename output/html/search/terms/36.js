teSearchFile("terms/36",[["6",[1,2,20,32],[]]]);
