teSearchFile("terms/65-74-63",[["etc",[1,1,30],[]]]);
