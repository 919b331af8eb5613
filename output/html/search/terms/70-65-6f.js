teSearchFile("terms/70-65-6f",[["people",[1,2,2,2],[]]]);
