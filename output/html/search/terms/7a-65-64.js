teSearchFile("terms/7a-65-64",[["zedong",[1,1,2],[]]]);
