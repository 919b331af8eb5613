teSearchFile("terms/6c-65-66",[["left",[1,1,50],[]]]);
