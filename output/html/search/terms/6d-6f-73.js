teSearchFile("terms/6d-6f-73",[["moscow",[1,3,1,6,2],[]],["most",[1,1,27],[]]]);
