teSearchFile("terms/73-6f-6f",[["soon",[1,2,14,38],[]]]);
