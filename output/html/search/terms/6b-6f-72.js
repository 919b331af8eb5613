teSearchFile("terms/6b-6f-72",[["korea",[1,2,1,18],[]],["korean",[1,2,1,18],[]],["koreans",[1,1,15],[]]]);
