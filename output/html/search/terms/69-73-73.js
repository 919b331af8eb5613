teSearchFile("terms/69-73-73",[["issue",[1,1,16],[]],["issues",[1,1,15],[]],["issuing",[1,1,9],[]]]);
