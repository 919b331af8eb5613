teSearchFile("terms/72-65-6d",[["remark",[1,2,24,6],[]],["remembrance",[1,1,2],[]]]);
