teSearchFile("terms/77-6f-75",[["would",[1,4,16,4,14,4],[]]]);
