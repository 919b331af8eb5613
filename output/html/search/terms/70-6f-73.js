teSearchFile("terms/70-6f-73",[["positive",[1,2,24,6],[]],["possibility",[1,1,22],[]],["possible",[1,2,38,16],[]]]);
