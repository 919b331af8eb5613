teSearchFile("terms/66-72-6f",[["from",[1,4,12,34,4,4],[]]]);
