teSearchFile("terms/72-65-69",[["reigns",[1,1,20],[]]]);
