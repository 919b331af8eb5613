teSearchFile("terms/7a-75-64",[["zudin",[1,3,2,6,2],[]]]);
