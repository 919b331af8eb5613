teSearchFile("terms/6c-6f-75",[["loudspeakers",[1,1,24],[]]]);
