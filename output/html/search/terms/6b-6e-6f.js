teSearchFile("terms/6b-6e-6f",[["know",[1,1,24],[]]]);
