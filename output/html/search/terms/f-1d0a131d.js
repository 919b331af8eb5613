teSearchFile("terms/f-1d0a131d",[["~org:te-communist-party-of-china",[1,1,2],[]]]);
