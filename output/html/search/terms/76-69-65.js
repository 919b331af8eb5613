teSearchFile("terms/76-69-65",[["view",[1,3,10,4,3],[]],["views",[1,2,12,2],[]]]);
