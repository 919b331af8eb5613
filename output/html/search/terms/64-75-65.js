teSearchFile("terms/64-75-65",[["due",[1,2,14,2],[]]]);
