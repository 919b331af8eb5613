teSearchFile("terms/75-6e-69",[["union",[1,4,1,2,1,18],[1]],["united",[1,2,1,12],[]],["unity",[1,2,13,14],[]],["university",[1,1,1],[]]]);
