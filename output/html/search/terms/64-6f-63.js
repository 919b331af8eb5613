teSearchFile("terms/64-6f-63",[["document",[1,2,44,2],[]]]);
