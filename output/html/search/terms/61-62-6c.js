teSearchFile("terms/61-62-6c",[["able",[1,1,20],[]]]);
