teSearchFile("terms/5f6d",[["彭",[1,1,2],[]]]);
