teSearchFile("terms/f-549b0a3f",[["~person:te-mieczyslaw-bialek",[1,1,2],[]]]);
