teSearchFile("terms/6e-6f",[["no",[1,5,4,18,2,28,2],[]]]);
