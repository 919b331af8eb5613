teSearchFile("terms/63-72-6f",[["cross",[1,1,19],[]],["crossing",[1,1,16],[]]]);
