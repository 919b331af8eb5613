teSearchFile("terms/5468",[["周",[1,1,2],[]]]);
