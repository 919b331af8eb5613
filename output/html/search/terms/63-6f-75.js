teSearchFile("terms/63-6f-75",[["could",[1,2,14,16],[]],["countries",[1,2,20,4],[]],["country",[1,1,38],[]]]);
