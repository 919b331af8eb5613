teSearchFile("terms/73-6f",[["so",[1,2,12,9],[]]]);
