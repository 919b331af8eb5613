teSearchFile("terms/64-65-6d",[["demanded",[1,1,19],[]],["demarcation",[1,3,1,11,7],[]],["democratic",[1,1,1],[]]]);
