teSearchFile("terms/73-6f",[["so",[1,2,24,18],[]]]);
