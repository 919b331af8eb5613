teSearchFile("terms/63-65-72",[["certain",[1,2,14,12],[]],["certainly",[1,2,16,18],[]],["certainty",[1,3,42,10,2],[]]]);
