teSearchFile("terms/73-74-69",[["still",[1,2,20,4],[]]]);
