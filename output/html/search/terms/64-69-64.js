teSearchFile("terms/64-69-64",[["did",[1,1,18],[]]]);
