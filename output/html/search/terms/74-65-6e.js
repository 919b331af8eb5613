teSearchFile("terms/74-65-6e",[["tenets",[1,1,26],[]]]);
