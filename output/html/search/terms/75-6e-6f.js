teSearchFile("terms/75-6e-6f",[["unofficial",[1,1,12],[]]]);
