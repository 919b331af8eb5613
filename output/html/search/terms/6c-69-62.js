teSearchFile("terms/6c-69-62",[["liberate",[1,1,38],[]],["liberation",[1,2,18,6],[]]]);
