teSearchFile("terms/613f",[["愿",[1,1,2],[]]]);
