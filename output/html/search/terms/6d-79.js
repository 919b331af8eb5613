teSearchFile("terms/6d-79",[["my",[1,3,8,16,6],[]]]);
