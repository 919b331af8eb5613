teSearchFile("terms/63-72-65",[["create",[1,1,10],[]]]);
