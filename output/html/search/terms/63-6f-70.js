teSearchFile("terms/63-6f-70",[["copies",[1,1,4],[]],["copy",[1,1,4],[]]]);
