teSearchFile("terms/70-79-6f",[["pyongyang",[1,2,2,2],[]]]);
