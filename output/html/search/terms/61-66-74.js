teSearchFile("terms/61-66-74",[["after",[1,3,7,12,2],[]]]);
