teSearchFile("terms/69-6d-70",[["impact",[1,1,2],[]],["imperialists",[1,1,24],[]],["impression",[1,1,10],[]],["improve",[1,3,2,22,10],[]],["improvement",[1,1,24],[]],["improves",[1,1,16],[]]]);
