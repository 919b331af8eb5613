teSearchFile("terms/f-ae7c5111",[["~person:te-peng-dehuai",[1,1,2],[]]]);
