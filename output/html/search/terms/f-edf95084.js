teSearchFile("terms/f-edf95084",[["~person:te-s-s-zudin",[1,1,2],[]]]);
