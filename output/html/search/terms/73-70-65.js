teSearchFile("terms/73-70-65",[["speaker",[1,1,25],[]],["spells",[1,1,22],[]]]);
