teSearchFile("terms/f-1dfc30bc",[["~org:te-embassy-of-the-ussr-in-pyongyang",[1,1,2],[]]]);
