teSearchFile("terms/71-75-6f",[["quoted",[1,1,44],[]]]);
