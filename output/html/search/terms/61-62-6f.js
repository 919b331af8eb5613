teSearchFile("terms/61-62-6f",[["about",[1,1,38],[]]]);
