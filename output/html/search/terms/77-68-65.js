teSearchFile("terms/77-68-65",[["when",[1,2,12,7],[]],["whereas",[1,1,12],[]],["whether",[1,1,23],[]]]);
