teSearchFile("terms/75-6e-64",[["under",[1,1,23],[]],["undergoing",[1,1,7],[]]]);
