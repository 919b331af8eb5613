teSearchFile("terms/76-69-65",[["view",[1,3,20,8,6],[]],["views",[1,2,24,4],[]]]);
