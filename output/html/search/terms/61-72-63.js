teSearchFile("terms/61-72-63",[["archive",[1,2,2,44],[]],["archiwum",[1,1,2],[]]]);
