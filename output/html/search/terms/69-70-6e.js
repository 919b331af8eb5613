teSearchFile("terms/69-70-6e",[["ipn",[1,2,2,2],[]]]);
