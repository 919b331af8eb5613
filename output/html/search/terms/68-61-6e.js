teSearchFile("terms/68-61-6e",[["handerek",[1,1,2],[]]]);
