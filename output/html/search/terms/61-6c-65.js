teSearchFile("terms/61-6c-65",[["alexei",[1,1,2],[]]]);
