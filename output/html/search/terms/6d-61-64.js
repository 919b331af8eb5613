teSearchFile("terms/6d-61-64",[["made",[1,1,4],[]]]);
