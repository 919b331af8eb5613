teSearchFile("terms/73-69-78",[["six",[1,1,26],[]],["sixteen",[1,1,21],[]]]);
