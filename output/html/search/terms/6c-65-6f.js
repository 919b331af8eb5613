teSearchFile("terms/6c-65-6f",[["leonid",[1,1,2],[]]]);
