teSearchFile("terms/5171",[["共",[1,1,2],[]]]);
