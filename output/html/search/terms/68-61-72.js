teSearchFile("terms/68-61-72",[["harm",[1,1,26],[]]]);
