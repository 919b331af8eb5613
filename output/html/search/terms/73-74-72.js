teSearchFile("terms/73-74-72",[["stray",[1,1,27],[]],["street",[1,1,12],[]],["strengthening",[1,1,12],[]],["stressed",[1,3,8,1,8],[]]]);
