teSearchFile("terms/6e-69-65",[["niezbedny",[1,1,54],[]]]);
