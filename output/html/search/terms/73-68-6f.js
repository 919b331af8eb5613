teSearchFile("terms/73-68-6f",[["shows",[1,1,42],[]]]);
