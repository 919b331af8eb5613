teSearchFile("terms/6e-6f",[["no",[1,5,2,9,1,14,1],[]]]);
