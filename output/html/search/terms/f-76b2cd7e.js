teSearchFile("terms/f-76b2cd7e",[["~org:te-workers-party-of-korea",[1,1,2],[]]]);
