teSearchFile("terms/65-76-65",[["even",[1,2,7,12],[]],["evening",[1,1,20],[]]]);
