teSearchFile("terms/74-77-6f",[["two",[1,2,12,40],[]]]);
