teSearchFile("terms/69-6d-70",[["impact",[1,1,1],[]],["imperialists",[1,1,12],[]],["impression",[1,1,5],[]],["improve",[1,3,1,11,5],[]],["improvement",[1,1,12],[]],["improves",[1,1,8],[]]]);
