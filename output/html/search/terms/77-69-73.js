teSearchFile("terms/77-69-73",[["wish",[1,1,2],[]],["wishes",[1,1,34],[]]]);
