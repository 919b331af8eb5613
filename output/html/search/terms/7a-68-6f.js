teSearchFile("terms/7a-68-6f",[["zhou",[1,7,1,6,3,1,3,1,2],[]]]);
