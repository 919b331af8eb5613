teSearchFile("terms/61-6e-79",[["anyone",[1,1,18],[]]]);
