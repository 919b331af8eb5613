teSearchFile("terms/67-72-6f",[["grow",[1,1,24],[]]]);
