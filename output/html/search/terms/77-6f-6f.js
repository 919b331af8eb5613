teSearchFile("terms/77-6f-6f",[["woodrow",[1,1,2],[]]]);
