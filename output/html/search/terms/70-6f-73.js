teSearchFile("terms/70-6f-73",[["positive",[1,2,12,3],[]],["possibility",[1,1,11],[]],["possible",[1,2,19,8],[]]]);
