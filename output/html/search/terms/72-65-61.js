teSearchFile("terms/72-65-61",[["reached",[1,2,30,2],[]],["reaching",[1,1,38],[]],["read",[1,2,52,4],[]],["reading",[1,3,42,2,10],[]],["readings",[1,1,54],[]]]);
