teSearchFile("terms/f-72507b11",[["~keyword:te-sino-soviet-split",[1,1,2],[]]]);
