teSearchFile("terms/69-73-73",[["issue",[1,1,32],[]],["issues",[1,1,30],[]],["issuing",[1,1,18],[]]]);
