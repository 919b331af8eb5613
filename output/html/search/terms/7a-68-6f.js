teSearchFile("terms/7a-68-6f",[["zhou",[1,7,2,12,6,2,6,2,4],[]]]);
