teSearchFile("terms/63-6c-61",[["clarified",[1,1,30],[]]]);
