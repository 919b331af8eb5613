teSearchFile("terms/72-69-76",[["river",[1,1,24],[]],["rivers",[1,2,30,2],[]]]);
