teSearchFile("terms/61-69-70",[["aipn",[1,1,2],[]]]);
