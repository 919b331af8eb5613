teSearchFile("terms/77-68-69",[["which",[1,3,24,22,4],[]]]);
