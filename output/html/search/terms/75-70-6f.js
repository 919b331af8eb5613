teSearchFile("terms/75-70-6f",[["upon",[1,1,30],[]]]);
