teSearchFile("terms/72-61-69",[["rail",[1,1,32],[]]]);
