teSearchFile("terms/74-61-6b",[["take",[1,2,14,6],[]]]);
