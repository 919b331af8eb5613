teSearchFile("terms/6b-7a",[["kz",[1,1,4],[]]]);
