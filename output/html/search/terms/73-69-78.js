teSearchFile("terms/73-69-78",[["six",[1,1,52],[]],["sixteen",[1,1,42],[]]]);
