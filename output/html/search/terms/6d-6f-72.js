teSearchFile("terms/6d-6f-72",[["more",[1,2,20,4],[]]]);
