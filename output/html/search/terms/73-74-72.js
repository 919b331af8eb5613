teSearchFile("terms/73-74-72",[["stray",[1,1,54],[]],["street",[1,1,24],[]],["strengthening",[1,1,24],[]],["stressed",[1,3,16,2,16],[]]]);
