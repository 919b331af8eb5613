teSearchFile("terms/70-68-69",[["philosophy",[1,1,26],[]]]);
