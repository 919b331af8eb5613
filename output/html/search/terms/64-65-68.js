teSearchFile("terms/64-65-68",[["dehuai",[1,2,2,36],[]]]);
