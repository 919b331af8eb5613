teSearchFile("terms/c870-c120-b85c",[["조선로동당",[1,1,2],[]]]);
