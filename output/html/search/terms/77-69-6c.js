teSearchFile("terms/77-69-6c",[["will",[1,3,7,5,14],[]],["wilson",[1,2,1,22],[]]]);
