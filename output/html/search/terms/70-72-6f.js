teSearchFile("terms/70-72-6f",[["probably",[1,2,42,12],[]],["problem",[1,3,26,4,6],[]],["problems",[1,2,30,2],[]],["program",[1,1,2],[]],["project",[1,1,2],[]],["propaganda",[1,1,24],[]]]);
