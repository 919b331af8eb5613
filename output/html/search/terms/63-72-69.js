teSearchFile("terms/63-72-69",[["critical",[1,1,38],[]],["criticize",[1,2,26,2],[]]]);
