teSearchFile("terms/74-69-6d",[["time",[1,4,6,3,3,15],[]],["times",[1,1,17],[]]]);
