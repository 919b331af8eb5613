teSearchFile("terms/6b-79-75",[["kyungnam",[1,1,2],[]]]);
