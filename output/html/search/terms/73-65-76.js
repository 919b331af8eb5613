teSearchFile("terms/73-65-76",[["several",[1,2,34,4],[]]]);
