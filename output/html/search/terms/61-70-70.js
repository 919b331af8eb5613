teSearchFile("terms/61-70-70",[["apply",[1,1,26],[]],["approve",[1,1,26],[]]]);
