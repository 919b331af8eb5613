teSearchFile("terms/f-081144c1",[["~person:te-kim-il-sung",[1,1,2],[]]]);
