teSearchFile("terms/63-68-6f",[["choe",[1,1,2],[]]]);
