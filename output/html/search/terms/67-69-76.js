teSearchFile("terms/67-69-76",[["gives",[1,1,42],[]]]);
