teSearchFile("terms/61-6e-6f",[["another",[1,1,24],[]]]);
