teSearchFile("terms/77-69-6c",[["will",[1,3,14,10,28],[]],["wilson",[1,2,2,44],[]]]);
