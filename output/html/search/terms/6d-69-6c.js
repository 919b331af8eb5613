teSearchFile("terms/6d-69-6c",[["military",[1,3,2,2,4],[]]]);
