teSearchFile("terms/f-46ba37e0",[["~org:te-kyungnam-university",[1,1,2],[]]]);
