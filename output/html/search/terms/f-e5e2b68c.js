teSearchFile("terms/f-e5e2b68c",[["~person:te-zhou-enlai",[1,1,2],[]]]);
