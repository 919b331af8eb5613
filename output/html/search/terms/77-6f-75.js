teSearchFile("terms/77-6f-75",[["would",[1,4,8,2,7,2],[]]]);
