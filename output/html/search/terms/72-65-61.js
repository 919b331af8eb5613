teSearchFile("terms/72-65-61",[["reached",[1,2,15,1],[]],["reaching",[1,1,19],[]],["read",[1,2,26,2],[]],["reading",[1,3,21,1,5],[]],["readings",[1,1,27],[]]]);
