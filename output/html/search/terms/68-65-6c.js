teSearchFile("terms/68-65-6c",[["help",[1,2,24,14],[]]]);
