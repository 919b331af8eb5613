teSearchFile("terms/61-6c-6c",[["all",[1,1,26],[]],["allegedly",[1,3,30,4,4],[]]]);
