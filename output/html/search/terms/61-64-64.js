teSearchFile("terms/61-64-64",[["add",[1,1,22],[]],["added",[1,1,14],[]],["addressee",[1,1,4],[]]]);
