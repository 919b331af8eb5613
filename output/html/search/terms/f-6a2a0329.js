teSearchFile("terms/f-6a2a0329",[["~org:te-history-and-public-policy-program",[1,1,2],[]]]);
