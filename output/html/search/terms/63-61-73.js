teSearchFile("terms/63-61-73",[["cases",[1,1,30],[]]]);
