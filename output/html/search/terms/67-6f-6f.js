teSearchFile("terms/67-6f-6f",[["good",[1,2,10,14],[]]]);
