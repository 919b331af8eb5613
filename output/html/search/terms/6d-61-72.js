teSearchFile("terms/6d-61-72",[["march",[1,1,50],[]],["marek",[1,1,2],[]],["marks",[1,1,42],[]],["marshal",[1,4,6,2,36,4],[]],["marshall",[1,3,2,42,4],[1]]]);
