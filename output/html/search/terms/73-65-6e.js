teSearchFile("terms/73-65-6e",[["send",[1,1,16],[]],["sense",[1,3,52,2,2],[]]]);
