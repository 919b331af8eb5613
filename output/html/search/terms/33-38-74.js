teSearchFile("terms/33-38-74",[["38th",[1,1,2],[]]]);
