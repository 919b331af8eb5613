teSearchFile("terms/6c-65-6e",[["lenin",[1,2,2,12],[]]]);
