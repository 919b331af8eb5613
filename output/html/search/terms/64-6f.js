teSearchFile("terms/64-6f",[["do",[1,2,24,2],[]]]);
