teSearchFile("terms/63-65-72",[["certain",[1,2,7,6],[]],["certainly",[1,2,8,9],[]],["certainty",[1,3,21,5,1],[]]]);
