teSearchFile("terms/62-65-64",[["bed",[1,1,14],[]]]);
