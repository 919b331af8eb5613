teSearchFile("terms/72-65-63",[["receipt",[1,1,42],[]],["received",[1,1,42],[]],["recently",[1,1,24],[]],["record",[1,2,2,44],[1]]]);
