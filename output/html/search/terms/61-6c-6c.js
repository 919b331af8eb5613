teSearchFile("terms/61-6c-6c",[["all",[1,1,13],[]],["allegedly",[1,3,15,2,2],[]]]);
