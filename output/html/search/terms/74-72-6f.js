teSearchFile("terms/74-72-6f",[["troops",[1,1,38],[]]]);
