teSearchFile("terms/72-69-76",[["river",[1,1,12],[]],["rivers",[1,2,15,1],[]]]);
