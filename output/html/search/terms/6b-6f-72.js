teSearchFile("terms/6b-6f-72",[["korea",[1,2,2,36],[]],["korean",[1,2,2,36],[]],["koreans",[1,1,30],[]]]);
