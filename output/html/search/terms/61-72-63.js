teSearchFile("terms/61-72-63",[["archive",[1,2,1,22],[]],["archiwum",[1,1,1],[]]]);
