teSearchFile("terms/6d-61-72",[["march",[1,1,25],[]],["marek",[1,1,1],[]],["marks",[1,1,21],[]],["marshal",[1,4,3,1,18,2],[]],["marshall",[1,3,1,21,2],[1]]]);
