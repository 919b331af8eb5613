teSearchFile("terms/6e-61-74",[["national",[1,1,2],[]]]);
