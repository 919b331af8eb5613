teSearchFile("terms/68-6f-77",[["how",[1,1,52],[]]]);
