teSearchFile("terms/f-cbbcfa39",[["~person:te-marek-handerek",[1,1,2],[]]]);
