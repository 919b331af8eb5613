teSearchFile("terms/63-72-69",[["critical",[1,1,19],[]],["criticize",[1,2,13,1],[]]]);
