teSearchFile("terms/68-6f-75",[["hours",[1,1,40],[]]]);
