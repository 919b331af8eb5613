teSearchFile("terms/74-79-70",[["type",[1,1,42],[]],["typescript",[1,1,4],[]]]);
