teSearchFile("terms/66-6c-6f",[["flow",[1,1,30],[]]]);
