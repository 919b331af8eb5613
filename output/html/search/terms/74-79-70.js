teSearchFile("terms/74-79-70",[["type",[1,1,21],[]],["typescript",[1,1,2],[]]]);
