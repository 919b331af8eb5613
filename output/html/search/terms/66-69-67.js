teSearchFile("terms/66-69-67",[["fighting",[1,1,24],[]],["figures",[1,1,52],[]]]);
