teSearchFile("terms/70-65-6e",[["peng",[1,2,2,36],[]]]);
