teSearchFile("terms/61-66-74",[["after",[1,3,14,24,4],[]]]);
