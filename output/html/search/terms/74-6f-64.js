teSearchFile("terms/74-6f-64",[["today",[1,1,14],[]]]);
