teSearchFile("terms/56fd",[["国",[1,1,2],[]]]);
