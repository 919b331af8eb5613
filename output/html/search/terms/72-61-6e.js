teSearchFile("terms/72-61-6e",[["rank",[1,1,44],[]]]);
