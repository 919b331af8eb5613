teSearchFile("terms/6b-77-70",[["kwp",[1,3,2,16,8],[]]]);
