teSearchFile("terms/77-68-6f",[["who",[1,2,8,30],[]],["whole",[1,1,26],[]]]);
