teSearchFile("terms/72-65-73",[["resolved",[1,1,30],[]],["respect",[1,1,30],[]]]);
