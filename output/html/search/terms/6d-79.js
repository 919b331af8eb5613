teSearchFile("terms/6d-79",[["my",[1,3,4,8,3],[]]]);
