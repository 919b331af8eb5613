teSearchFile("terms/64-69-67",[["digital",[1,1,46],[]]]);
