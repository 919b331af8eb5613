teSearchFile("terms/73-70-65",[["speaker",[1,1,50],[]],["spells",[1,1,44],[]]]);
