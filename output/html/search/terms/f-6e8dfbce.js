teSearchFile("terms/f-6e8dfbce",[["~place:te-pyongyang",[1,1,2],[]]]);
