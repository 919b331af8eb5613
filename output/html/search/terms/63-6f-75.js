teSearchFile("terms/63-6f-75",[["could",[1,2,7,8],[]],["countries",[1,2,10,2],[]],["country",[1,1,19],[]]]);
