teSearchFile("terms/6d-61-74",[["matvei",[1,1,2],[]]]);
