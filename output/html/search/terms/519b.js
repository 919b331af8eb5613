teSearchFile("terms/519b",[["军",[1,1,2],[]]]);
