teSearchFile("terms/73-63-68",[["scholars",[1,1,2],[]]]);
