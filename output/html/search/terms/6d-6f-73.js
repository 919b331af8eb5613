teSearchFile("terms/6d-6f-73",[["moscow",[1,3,2,12,4],[]],["most",[1,1,54],[]]]);
