teSearchFile("terms/6d-65-64",[["medium",[1,2,42,10],[]]]);
