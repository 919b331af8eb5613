teSearchFile("terms/73-74-6f",[["stopped",[1,2,24,14],[]]]);
