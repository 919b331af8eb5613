teSearchFile("terms/c870-c120-c778",[["조선인민군",[1,1,2],[]]]);
