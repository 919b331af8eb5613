teSearchFile("terms/74-69-6d",[["time",[1,4,12,6,6,30],[]],["times",[1,1,34],[]]]);
