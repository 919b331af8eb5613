teSearchFile("terms/f-479464a2",[["~org:te-instytut-pamieci-narodowej",[1,1,2],[]]]);
