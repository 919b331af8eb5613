teSearchFile("terms/63-72-6f",[["cross",[1,1,38],[]],["crossing",[1,1,32],[]]]);
