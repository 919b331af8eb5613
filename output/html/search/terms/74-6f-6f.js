teSearchFile("terms/74-6f-6f",[["took",[1,1,36],[]]]);
