teSearchFile("terms/75-6e-69",[["union",[1,4,2,4,2,36],[1]],["united",[1,2,2,24],[]],["unity",[1,2,26,28],[]],["university",[1,1,2],[]]]);
