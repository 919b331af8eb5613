teSearchFile("terms/6c-69-62",[["liberate",[1,1,19],[]],["liberation",[1,2,9,3],[]]]);
