teSearchFile("terms/f-8aeda443",[["~year:1970",[1,1,1],[]]]);
