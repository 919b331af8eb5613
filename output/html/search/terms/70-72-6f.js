teSearchFile("terms/70-72-6f",[["probably",[1,2,21,6],[]],["problem",[1,3,13,2,3],[]],["problems",[1,2,15,1],[]],["program",[1,1,1],[]],["project",[1,1,1],[]],["propaganda",[1,1,12],[]]]);
