teSearchFile("terms/66-69-76",[["five",[1,1,52],[]]]);
