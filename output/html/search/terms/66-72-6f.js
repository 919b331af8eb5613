teSearchFile("terms/66-72-6f",[["from",[1,4,6,17,2,2],[]]]);
