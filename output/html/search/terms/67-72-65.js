teSearchFile("terms/67-72-65",[["great",[1,1,20],[]]]);
