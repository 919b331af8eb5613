teSearchFile("terms/74-77-6f",[["two",[1,2,6,20],[]]]);
