teSearchFile("terms/77-68-6f",[["who",[1,2,4,15],[]],["whole",[1,1,13],[]]]);
