teSearchFile("terms/61-6e-6e",[["anniversary",[1,2,18,32],[]]]);
