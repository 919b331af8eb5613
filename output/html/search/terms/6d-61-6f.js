teSearchFile("terms/6d-61-6f",[["mao",[1,2,2,24],[]]]);
