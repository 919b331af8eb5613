teSearchFile("terms/64-65-6d",[["demanded",[1,1,38],[]],["demarcation",[1,3,2,22,14],[]],["democratic",[1,1,2],[]]]);
