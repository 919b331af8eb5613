teSearchFile("terms/73-65-6e",[["send",[1,1,8],[]],["sense",[1,3,26,1,1],[]]]);
