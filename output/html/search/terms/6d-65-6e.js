teSearchFile("terms/6d-65-6e",[["mention",[1,1,18],[]],["mentioned",[1,1,2],[]]]);
