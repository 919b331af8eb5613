teSearchFile("terms/77-68-65",[["when",[1,2,24,14],[]],["whereas",[1,1,24],[]],["whether",[1,1,46],[]]]);
