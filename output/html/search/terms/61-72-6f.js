teSearchFile("terms/61-72-6f",[["around",[1,1,24],[]]]);
