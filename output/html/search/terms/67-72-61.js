teSearchFile("terms/67-72-61",[["gradually",[1,1,10],[]],["gratitude",[1,3,1,8,10],[]],["gravest",[1,1,13],[]]]);
