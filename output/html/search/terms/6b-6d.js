teSearchFile("terms/6b-6d",[["km",[1,1,24],[]]]);
