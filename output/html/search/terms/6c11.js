teSearchFile("terms/6c11",[["民",[1,1,2],[]]]);
