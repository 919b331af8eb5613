teSearchFile("terms/6f-63-63",[["occasion",[1,1,16],[]],["occasions",[1,1,14],[]]]);
