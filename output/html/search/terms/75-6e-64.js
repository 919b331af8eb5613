teSearchFile("terms/75-6e-64",[["under",[1,1,46],[]],["undergoing",[1,1,14],[]]]);
