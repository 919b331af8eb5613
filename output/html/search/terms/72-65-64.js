teSearchFile("terms/72-65-64",[["redirecting",[1,1,30],[]]]);
