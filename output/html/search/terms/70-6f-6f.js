teSearchFile("terms/70-6f-6f",[["poor",[1,1,14],[]]]);
