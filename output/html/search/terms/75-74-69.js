teSearchFile("terms/75-74-69",[["utilize",[1,1,30],[]]]);
