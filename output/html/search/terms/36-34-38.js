teSearchFile("terms/36-34-38",[["648",[1,1,4],[]]]);
