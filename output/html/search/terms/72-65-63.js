teSearchFile("terms/72-65-63",[["receipt",[1,1,21],[]],["received",[1,1,21],[]],["recently",[1,1,12],[]],["record",[1,2,1,22],[1]]]);
