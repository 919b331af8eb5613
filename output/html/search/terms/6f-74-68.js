teSearchFile("terms/6f-74-68",[["other",[1,2,14,40],[]]]);
