teSearchFile("terms/76-61-73",[["vasilyevich",[1,1,2],[]]]);
