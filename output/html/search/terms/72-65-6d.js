teSearchFile("terms/72-65-6d",[["remark",[1,2,12,3],[]],["remembrance",[1,1,1],[]]]);
