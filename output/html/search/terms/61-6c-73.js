teSearchFile("terms/61-6c-73",[["also",[1,3,24,8,6],[]]]);
