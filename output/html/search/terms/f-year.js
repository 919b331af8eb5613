teSearchFile("terms/f-year",[["~year:1970",[1,1,2],[]]]);
