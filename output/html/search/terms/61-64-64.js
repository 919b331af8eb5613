teSearchFile("terms/61-64-64",[["add",[1,1,11],[]],["added",[1,1,7],[]],["addressee",[1,1,2],[]]]);
