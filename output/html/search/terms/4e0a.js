teSearchFile("terms/4e0a",[["上",[1,1,2],[]]]);
