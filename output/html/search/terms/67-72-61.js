teSearchFile("terms/67-72-61",[["gradually",[1,1,20],[]],["gratitude",[1,3,2,16,20],[]],["gravest",[1,1,26],[]]]);
