teSearchFile("terms/62-69-72",[["birthday",[1,1,14],[]]]);
