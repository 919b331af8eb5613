teSearchFile("terms/64-69-76",[["division",[1,1,26],[]]]);
