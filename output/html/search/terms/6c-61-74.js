teSearchFile("terms/6c-61-74",[["late",[1,1,36],[]]]);
